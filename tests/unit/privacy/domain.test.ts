import { parseCaseRefs } from '../../../src/domain/privacy/footprint';
import { retentionCutoff } from '../../../src/domain/privacy/retention';
import { judgeSharing } from '../../../src/domain/privacy/sharing';

describe('retention cut-off', () => {
  it('is the same moment N calendar months back, whatever the host zone', () => {
    expect(retentionCutoff(new Date('2026-11-27T09:00:00Z'), 24).toISOString()).toBe('2024-11-27T09:00:00.000Z');
    expect(retentionCutoff(new Date('2026-03-31T09:00:00Z'), 1).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(retentionCutoff(new Date('2028-02-29T00:30:00Z'), 12).toISOString()).toBe('2027-02-28T00:30:00.000Z');
  });
});

describe('case references typed by the worker', () => {
  it('splits on commas, spaces and semicolons, upper-cases and removes doubles', () => {
    expect(parseCaseRefs(' dt-2026-0001, DT-2026-0002;DT-2026-0001  ')).toEqual(['DT-2026-0001', 'DT-2026-0002']);
    expect(parseCaseRefs('   ')).toEqual([]);
  });
});

describe('sharing check', () => {
  const base = { owner: 'lies@dekring.be', domain: '', people: [] as string[], link: 'private' as const };

  it('says nothing when only people of the organisation have access', () => {
    expect(judgeSharing({ ...base, people: ['lies@dekring.be', 'jan@dekring.be'] })).toEqual({
      warnings: [],
      note: null,
      domain: 'dekring.be',
    });
  });

  it('warns in Dutch about people outside the domain and about "anyone with the link"', () => {
    const verdict = judgeSharing({ ...base, people: ['lies@dekring.be', 'vrijwilliger@gmail.com'], link: 'anyone' });
    expect(verdict.warnings).toHaveLength(2);
    expect(verdict.warnings[0]).toContain('buiten dekring.be: vrijwilliger@gmail.com');
    expect(verdict.warnings[1]).toContain('iedereen met de link');
  });

  it('uses the configured domain, and says how to check the link by hand when it could not be read', () => {
    const verdict = judgeSharing({
      ...base,
      owner: 'kring.eeklo@gmail.com',
      domain: '@dekring.be',
      people: ['lies@dekring.be'],
      link: 'unknown',
    });
    expect(verdict.warnings).toEqual([]);
    expect(verdict.note).toContain('Algemene toegang');
  });

  it('a gmail owner without a configured domain: every other person is named', () => {
    const verdict = judgeSharing({
      ...base,
      owner: 'kring.eeklo@gmail.com',
      people: ['kring.eeklo@gmail.com', 'lies@dekring.be'],
    });
    expect(verdict.warnings[0]).toContain('lies@dekring.be');
    expect(verdict.domain).toBe('');
  });
});
