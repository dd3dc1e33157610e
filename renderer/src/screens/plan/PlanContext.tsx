import { createContext, useContext } from 'react';
import type { Finding, FindingLocation } from '../../../../shared/plan/checks/finding';
import type { Coverage } from '../../../../shared/plan/coverage';
import type { Plan } from '../../../../shared/plan/schema';
import type { Standard } from '../../../../shared/standard/schema';
import type { PlanSection } from '../../navigation/route';
import type { PlanEdit } from '../../plan/planEditor';
import type { PlanSession } from '../../plan/session';

/** What every section of an open plan reads: the plan, its standards, coverage and findings, and the ways to change it. */
export interface PlanView {
  plan: Plan;
  standards: readonly Standard[];
  coverage: Coverage;
  findings: readonly Finding[];
  session: PlanSession;
  /** Records an edit (undoable, autosaved). Stable. */
  apply(edit: PlanEdit): void;
  /** Ends a run of typing; give it to onBlur. Stable. */
  seal(): void;
  /** Goes to the field a finding is about and focuses it. */
  goToFinding(location: FindingLocation): void;
  goToSection(section: PlanSection, unitId?: string): void;
}

export const PlanContext = createContext<PlanView | null>(null);

export function usePlanView(): PlanView {
  const view = useContext(PlanContext);
  if (view === null) throw new Error('usePlanView outside an open plan');
  return view;
}
