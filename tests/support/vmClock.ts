import * as vm from 'node:vm';
import type { GasWorld } from '../fakes';

/**
 * The script's `new Date()` and `Date.now()` follow the fakes' clock (Apps Script's clock is the server's;
 * here it is the world's). Dates stay of the context's own Date, so `instanceof Date` holds both ways.
 * (Issue 8 gives the harness this for every bundle test; until then it is set up here.)
 */
export function followWorldClock(context: vm.Context, world: GasWorld): void {
  const make = vm.runInContext(
    `(function (RealDate, now) {
      function ClockDate() {
        if (!new.target) return new RealDate(now()).toString();
        return arguments.length === 0 ? new RealDate(now()) : new (Function.prototype.bind.apply(RealDate, [null].concat([].slice.call(arguments))))();
      }
      ClockDate.now = function () { return now(); };
      ClockDate.UTC = RealDate.UTC;
      ClockDate.parse = RealDate.parse;
      ClockDate.prototype = RealDate.prototype;
      Object.defineProperty(ClockDate, Symbol.hasInstance, { value: function (v) { return v instanceof RealDate; } });
      return ClockDate;
    })`,
    context,
  ) as (real: unknown, now: () => number) => unknown;
  if (following.has(context)) return;
  following.add(context);
  (context as Record<string, unknown>).Date = make(vm.runInContext('Date', context), () => world.now.getTime());
}

const following = new WeakSet<object>();
