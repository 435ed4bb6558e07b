/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // A safety net, not a timing assertion: end-to-end tests build and replay a month of the local twin, and a
  // busy 2-core machine must not turn that into a false failure.
  testTimeout: 120_000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  reporters: ['default', '<rootDir>/tests/support/countReporter.js'],
};
