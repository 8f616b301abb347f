/** The simulation frame with every screen of the mock portal (scenarios that cross areas). */
import { SimulationFrame, type SimulationProps } from './SimulationFrame';
import { SCREENS } from './registry';

export default function Simulation(props: SimulationProps) {
  return <SimulationFrame {...props} screens={SCREENS} />;
}
