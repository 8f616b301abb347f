/** The simulator with every area: for build-time code (fixtures, scenario preparation and checks) and tests. */
import { ALL_AREAS } from './areas';
import { makeSimulator } from './simulator';

export const fullSimulator = makeSimulator(ALL_AREAS);
