/** What the exercise tells at its top: resumed after a reload, or started afresh because its run was set aside. */
import { RUNS_KEPT } from '../../../stores/simulation';
import { fr } from '../kit';

export function Notices({ resumed, setAside }: { resumed: string; setAside: boolean }) {
  return (
    <>
      {resumed && (
        <p class="sim__notice sim__notice--resumed" role="status">
          {fr(resumed)}
        </p>
      )}
      {setAside && (
        <p class="sim__notice">
          {fr(
            `Vous aviez commencé cet exercice sans le terminer. Pour que votre progression reste enregistrée, le parcours ne garde que les ${RUNS_KEPT} exercices en cours les plus récents : celui-ci reprend au début.`,
          )}
        </p>
      )}
    </>
  );
}
