// Evaluaties: the calendar, evaluations with frozen figures, notes and actions (built in features/evaluaties/).
import { Heading } from '../../components/utrecht/index.ts';

export function EvaluatiesPage() {
  return <Heading level={1}>Evaluaties</Heading>;
}
