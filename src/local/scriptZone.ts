/**
 * The local twin keeps time as the Apps Script project does: in the script's time zone (appsscript.json),
 * whatever the zone of the computer it runs on. `scripts/build.mjs` puts `process.env.TZ = …` as the first
 * line of every Node entry point it builds (`npm start`, the bench, the pictures), before any date is made.
 */
import manifest from '../../appsscript.json';

export const SCRIPT_TIME_ZONE: string = manifest.timeZone;
