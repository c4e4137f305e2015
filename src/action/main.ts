/** The Action's process entry: the runner's real environment and the real Actions cache. */
import { actionsCache } from './cache.js';
import { runAction } from './run.js';

/** Run the Action in this process and set its exit code (bundle/action.mjs calls this). */
export async function actionMain(): Promise<void> {
  process.exitCode = await runAction(
    { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env },
    actionsCache,
  );
}
