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
  activeUser: string;
  effectiveUser: string;
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

  getActiveUser(): FakeUser {
    return new FakeUser(this.core, this.state.activeUser);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.core, this.state.effectiveUser);
  }

  getScriptTimeZone(): string {
    return this.core.timeZone;
  }

  getActiveUserLocale(): string {
    return this.state.locale;
  }

  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`user:${this.state.activeUser}`).digest('base64').slice(0, 43);
  }
}
