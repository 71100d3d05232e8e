// The application frame: skip link, header, main content and footer, in NL Design System page parts.
import { PageBody, PageFooter, PageHeader, PageLayout, Paragraph, SkipLink } from './components/utrecht/index.ts';
import { UitstroomPage } from './features/uitstroom/UitstroomPage.tsx';

const MAIN_ID = 'inhoud';

export function App() {
  return (
    <PageLayout className="app-layout">
      <SkipLink href={`#${MAIN_ID}`}>Direct naar de inhoud</SkipLink>
      <PageHeader>
        <p className="app-brand">Uitstroommonitor</p>
      </PageHeader>
      <PageBody id={MAIN_ID} className="app-main">
        <UitstroomPage />
      </PageBody>
      <PageFooter>
        <Paragraph>Demogegevens: synthetisch, geen echte personen</Paragraph>
      </PageFooter>
    </PageLayout>
  );
}
