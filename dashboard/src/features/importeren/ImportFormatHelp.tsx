// What a file must look like, in short; the full description is shared/formats/README.md.
import { Heading, Link, Paragraph } from '../../components/utrecht/index.ts';
import { EXAMPLE_FILE_NAME, IMPORT_COLUMNS, exampleCsvHref } from '../../transforms/import.ts';

export function ImportFormatHelp({ headingId }: { headingId: string }) {
  return (
    <section className="app-import-help" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        Zo ziet het bestand eruit
      </Heading>
      <Paragraph>
        Eén rij per traject, met bovenaan een kopregel. Hoofdletters en de volgorde van de kolommen maken niet uit;
        een onbekende kolom is een fout. Deze kolommen kunnen erin staan:
      </Paragraph>
      <Paragraph className="app-import-columns">
        {IMPORT_COLUMNS.map((column, index) => (
          <span key={column}>
            <code className="utrecht-code">{column}</code>
            {index < IMPORT_COLUMNS.length - 1 ? ', ' : '.'}
          </span>
        ))}
      </Paragraph>
      <ul className="app-list">
        <li>Datums schrijft u als JJJJ-MM-DD of DD-MM-JJJJ. Een lege cel betekent: (nog) niet gebeurd.</li>
        <li>
          Een bestand wordt helemaal of helemaal niet geïmporteerd. Is één rij fout, dan wordt niets opgeslagen en
          ziet u alle fouten met hun regelnummer, zodat u ze in één keer kunt verbeteren.
        </li>
        <li>
          Hetzelfde bestand nog eens importeren verandert niets: een traject wordt herkend aan casuscode en
          convenant. Een aangepaste rij wordt bijgewerkt.
        </li>
      </ul>
      <Paragraph>
        <Link href={exampleCsvHref()} download={EXAMPLE_FILE_NAME}>
          Voorbeeldbestand met alle kolommen downloaden ({EXAMPLE_FILE_NAME})
        </Link>
      </Paragraph>
    </section>
  );
}
