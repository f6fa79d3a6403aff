import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config';

/** The unit tests on an imitated busy machine (support/stall-setup.ts): finds the tests that wait a fixed time. */
export default mergeConfig(
  base,
  defineConfig({
    test: { setupFiles: ['test/support/stall-setup.ts'] },
  }),
);
