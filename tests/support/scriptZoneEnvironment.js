/**
 * A Jest environment for test files that run the local twin in this process. The twin keeps the script's time
 * zone (Europe/Brussels, appsscript.json) whatever the machine's, as `npm start` does by setting TZ first thing
 * (scripts/build.mjs). This environment sets the worker process's TZ for one test file and puts the host's back
 * afterwards, so the other test files still run under the host's zone (CI runs the suite under two of them).
 * Use it with a docblock at the top of the test file:
 *   /** @jest-environment ./tests/support/scriptZoneEnvironment.js *\/
 */
const { TestEnvironment } = require('jest-environment-node');
const { timeZone } = require('../../appsscript.json');

class ScriptZoneEnvironment extends TestEnvironment {
  async setup() {
    this.hostZone = process.env.TZ;
    process.env.TZ = timeZone;
    await super.setup();
  }

  async teardown() {
    await super.teardown();
    if (this.hostZone === undefined) delete process.env.TZ;
    else process.env.TZ = this.hostZone;
  }
}

module.exports = ScriptZoneEnvironment;
