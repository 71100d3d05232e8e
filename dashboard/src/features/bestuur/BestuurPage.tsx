// Bestuurlijk overleg: every covenant's targets on one screen (built in features/bestuur/).
import { Heading } from '../../components/utrecht/index.ts';

export function BestuurPage() {
  return <Heading level={1}>Bestuurlijk overleg</Heading>;
}
