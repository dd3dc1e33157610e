import type { StartupProblem } from '../../shared/ipc/contract';
import type { StorageProblem } from '../storage/index';
import type { AreaHandlers, HandlerDeps } from './deps';

function startupProblemOf(problem: StorageProblem | StartupProblem): StartupProblem {
  return {
    kind: problem.kind,
    file: problem.file,
    ...(problem.movedTo === undefined ? {} : { movedTo: problem.movedTo }),
    ...(problem.planId === undefined ? {} : { planId: problem.planId }),
    message: problem.message,
    messageEn: problem.messageEn,
    details: problem.details.map(({ path, message, messageEn }) => ({ path, message, messageEn })),
  };
}

/** The app itself and its settings. */
export function appHandlers(deps: HandlerDeps): AreaHandlers<'app.info' | 'settings.get' | 'settings.set'> {
  const { store } = deps;
  const startupProblems = deps.startupProblems.map(startupProblemOf);
  return {
    'app.info': async () => ({ ...deps.app, startupProblems }),
    'settings.get': async () => ({ language: store.settings().language }),
    'settings.set': async (input) => {
      const saved = await store.updateSettings(input.language === undefined ? {} : { language: input.language });
      return { language: saved.language };
    },
  };
}
