import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queuedRecord } from '../../../src/extension/runner/runFolder';
import { RunStore } from '../../../src/extension/runner/runStore';
import { renameRun, runNameProblem } from '../../../src/extension/sidebar/renameRun';

describe('renaming a run', () => {
  it('needs a name of one line and of sensible length', () => {
    assert.equal(runNameProblem('dropout 0.5, lr 1e-4'), null);
    assert.match(runNameProblem('   ')!, /needs a name/);
    assert.match(runNameProblem('a\nb')!, /one line/);
    assert.match(runNameProblem('x'.repeat(500))!, /under/);
  });

  it('is refused while the run trains, since the trainer owns its run.json', async () => {
    const store = new RunStore();
    const plan = {
      configPath: '/w/a.yaml',
      configText: '',
      runsDir: '/nowhere',
      name: 'a',
      seed: 1,
      epochs: 1,
    };
    store.add(queuedRecord('q', plan, 1), plan.runsDir);

    await assert.rejects(renameRun(store, 'q', 'new'), /once it has ended/);
    assert.equal(store.get('q')!.record.name, 'a');
  });
});
