/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // A safety net, not a timing assertion: end-to-end tests build and replay a month of the local twin, and a
  // busy 2-core machine must not turn that into a false failure.
  testTimeout: 60_000,
  // The letter templates as the bundles get them (scripts/letterTemplates.mjs), read from templates/brieven.
  moduleNameMapper: { '^letter-templates$': '<rootDir>/tests/support/letterTemplates.ts' },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  reporters: ['default', '<rootDir>/tests/support/countReporter.js'],
};
