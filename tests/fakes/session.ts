import { createHash } from 'node:crypto';
import { type Core, GasObject } from './core';
import type { Shape } from './types';

export class FakeUser extends GasObject implements Shape<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    core: Core,
    private readonly email: string,
  ) {
    super(core, 'Session', 'User');
  }

  getEmail(): string {
    return this.email;
  }
}

export interface SessionState {
  locale: string;
}

export class FakeSession
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Base.Session,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
    >
{
  constructor(
    core: Core,
    private readonly state: SessionState,
  ) {
    super(core, 'Session', 'Session');
  }

  /** May be '' (Google keeps the identity back in triggers acting for someone else, or for a form respondent). */
  getActiveUser(): FakeUser {
    return new FakeUser(this.core, this.core.user.active);
  }

  /** The account the execution runs as: the person running it, or the trigger's owner. */
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.core, this.core.user.effective);
  }

  getScriptTimeZone(): string {
    return this.core.timeZone;
  }

  getActiveUserLocale(): string {
    return this.state.locale;
  }

  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`user:${this.core.user.effective}`).digest('base64').slice(0, 43);
  }
}
