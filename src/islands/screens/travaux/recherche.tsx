/**
 * « Rechercher une pièce » (`travaux/recherche`): finds the pieces the user sees by their number (the
 * simulator's `findPieceByNumber` query; a search changes nothing in the portal, so it is no event), and
 * opens a result or its dossier de facturation.
 */
import { useId, useState } from 'preact/hooks';
import type { WorksPiece } from '../../../domain/simulator/model-works';
import { findPieceByNumber } from '../../../domain/simulator/queries-works';
import { fr, PieceTable, TravauxTabs } from './ui';
import { Block, Button, Form, Screen, TextField , loggedIn, type LoggedInProps } from '../kit';

export const TravauxRechercheScreen = loggedIn(function TravauxRechercheScreen({ user, ...props }: LoggedInProps) {
  const id = useId();
  const [number, setNumber] = useState('');
  const [results, setResults] = useState<{ query: string; pieces: WorksPiece[] } | null>(null);
  const search = () => setResults({ query: number.trim(), pieces: findPieceByNumber(props.world, user.id, number) });
  return (
    <Screen props={props} label="Rechercher une pièce">
      <TravauxTabs props={props} current="travaux/recherche" />
      <Block title="Critères de recherche">
        <Form label="Rechercher une pièce" onSubmit={search} submit="Rechercher">
          <TextField id={`${id}-number`} label="Numéro de la pièce" value={number} onInput={setNumber} hint={fr('Le numéro exact, tel qu’il a été déposé (majuscules ou minuscules indifférentes).')} />
        </Form>
      </Block>
      <div role="status">
        {results && (
          <Block title="Résultats">
            <p>{fr(results.pieces.length === 0 ? `Aucune pièce n° « ${results.query} » parmi les dossiers que vous voyez.` : `${results.pieces.length} pièce${results.pieces.length > 1 ? 's' : ''} trouvée${results.pieces.length > 1 ? 's' : ''}.`)}</p>
            {results.pieces.length > 0 && <PieceTable props={props} pieces={results.pieces} caption="Résultats de la recherche" />}
            {results.pieces.map((piece) => (
              <Button key={piece.id} name={`Ouvrir le dossier de facturation de la pièce n° ${piece.number}`} to="travaux/dossier" params={{ pieceId: piece.id }}>
                Ouvrir le dossier de facturation
              </Button>
            ))}
          </Block>
        )}
      </div>
    </Screen>
  );
});
