/** The simulation frame with every area of the mock portal (scenarios that cross areas). */
import { accountArea } from './account';
import { aideArea } from './aide';
import { invoiceArea } from './invoices';
import { travauxArea } from './travaux';
import { validerArea } from './valider';
import { SimulationFrame, type SimulationProps } from './SimulationFrame';

/** The areas of this island's screens: the page downloads their screens and rules only. */
export const AREAS = [accountArea, invoiceArea, validerArea, travauxArea, aideArea];

export default function Simulation(props: SimulationProps) {
  return <SimulationFrame {...props} areas={AREAS} />;
}
