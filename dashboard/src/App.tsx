// The application frame: skip link, header with navigation, main content and footer, in NL Design System page parts.
import { useEffect, useRef } from 'react';
import { MainNav } from './components/MainNav.tsx';
import { DemoLogin } from './features/aanmelden/DemoLogin.tsx';
import { SessionBar } from './features/aanmelden/SessionBar.tsx';
import { useSession } from './features/aanmelden/useSession.ts';
import { PageBody, PageFooter, PageHeader, PageLayout, Paragraph, SkipLink } from './components/utrecht/index.ts';
import { ImportPage } from './features/importeren/ImportPage.tsx';
import { BestuurPage } from './features/bestuur/BestuurPage.tsx';
import { EvaluatiesPage } from './features/evaluaties/EvaluatiesPage.tsx';
import { FinancienPage } from './features/financien/FinancienPage.tsx';
import { MonitorPage } from './features/monitor/MonitorPage.tsx';
import { ApiExplorerLink } from './features/navigation/ApiExplorerLink.tsx';
import { useUrlPage } from './features/navigation/useUrlPage.ts';
import { UitstroomPage } from './features/uitstroom/UitstroomPage.tsx';
import { NAV_ITEMS, documentTitle, type AppPage } from './transforms/navigation.ts';

const MAIN_ID = 'inhoud';

export function App() {
  const { page, hrefFor, navigate } = useUrlPage();
  const session = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const shownPage = useRef(page);

  useEffect(() => {
    document.title = documentTitle(page);
    // After a page change (link or Back; not on first load) start reading at the new page, as after a full load.
    if (shownPage.current !== page) {
      shownPage.current = page;
      mainRef.current?.focus();
      window.scrollTo(0, 0);
    }
  }, [page]);

  return (
    <PageLayout className="app-layout">
      <SkipLink href={`#${MAIN_ID}`}>Direct naar de inhoud</SkipLink>
      <PageHeader>
        <div className="app-header">
          <p className="app-brand">Uitstroommonitor</p>
          {session && <MainNav items={NAV_ITEMS} current={page} hrefFor={hrefFor} onNavigate={navigate} />}
          {session && <ApiExplorerLink token={session.token} />}
        </div>
        {session && <SessionBar session={session} />}
      </PageHeader>
      <PageBody id={MAIN_ID} className="app-main" ref={mainRef}>
        {session === null ? <DemoLogin /> : <PageContent page={page} showUitstroom={{ href: hrefFor('uitstroom'), go: () => navigate('uitstroom') }} />}
      </PageBody>
      <PageFooter>
        <Paragraph>Demogegevens: synthetisch, geen echte personen</Paragraph>
      </PageFooter>
    </PageLayout>
  );
}

function PageContent({ page, showUitstroom }: { page: AppPage; showUitstroom: { href: string; go: () => void } }) {
  switch (page) {
    case 'importeren':
      return <ImportPage uitstroomHref={showUitstroom.href} onShowUitstroom={showUitstroom.go} />;
    case 'monitor':
      return <MonitorPage />;
    case 'bestuur':
      return <BestuurPage />;
    case 'evaluaties':
      return <EvaluatiesPage />;
    case 'financien':
      return <FinancienPage />;
    case 'uitstroom':
      return <UitstroomPage />;
  }
}
