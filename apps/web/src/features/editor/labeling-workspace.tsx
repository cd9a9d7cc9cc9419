'use client';
import Link from 'next/link';
import { useQuery } from 'urql';
import { QueryStates } from '../ui/query-states';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { LabelingDatasetQuery } from '../workflow/workflow.graphql';
import { LabelingEditor } from './labeling-editor';
import { PresenceBar } from './presence/presence-bar';
import { type Shown, useWorkQueue } from './session/use-work-queue';

/** One labeling session on a dataset: claim, edit, submit, next. */
export function LabelingWorkspace({ datasetId }: { datasetId: string }) {
  const [dataset, refetch] = useQuery({ query: LabelingDatasetQuery, variables: { id: datasetId } });
  const { state, next, advance, skipUnreadable } = useWorkQueue(datasetId);
  return (
    <QueryStates {...dataset} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const classes = [...data.dataset.patternClasses].sort((a, b) => a.position - b.position);
        const levels = [...data.dataset.intensityLevels].sort((a, b) => a.rank - b.rank);
        if (state.kind === 'empty') {
          return (
            <EmptyState title="Nothing left to label in this dataset">
              Thank you! New patches appear here when the model proposes them.{' '}
              <Link href="/annotate">Back to my queue</Link>
            </EmptyState>
          );
        }
        if (state.kind === 'error') {
          const { unreadable, details } = state;
          return (
            <ErrorState
              message={state.message}
              details={details}
              onRetry={() => void next()}
              actions={
                unreadable && (
                  <button
                    type="button"
                    className="button"
                    data-testid="skip-unreadable"
                    onClick={() => void skipUnreadable(unreadable.leaseId, details ?? state.message)}
                  >
                    Skip this patch
                  </button>
                )
              }
            />
          );
        }
        const visible = state.kind === 'ready' ? state.shown : state.previous;
        if (!visible) return <LoadingState label="Claiming the next patch…" />;
        // The submitted patch stays mounted, hidden, until the server confirms: a failed submit shows
        // it again with its strokes and undo history. The likely next patch is mounted ahead, hidden
        // and laid out in the same place, so Enter only has to reveal it.
        const held = state.kind === 'ready' ? state.held : null;
        const standby = state.kind === 'ready' ? state.standby : null;
        const editors: { shown: Shown; active: boolean }[] = [
          ...(held ? [{ shown: held, active: false }] : []),
          { shown: visible, active: true },
          ...(standby ? [{ shown: standby, active: false }] : []),
        ];
        const waiting = state.kind === 'claiming' || visible.loaded.pending;
        return (
          <div className={state.kind === 'claiming' ? 'switching' : undefined}>
            <div className="row workspace-head">
              <h1 className="page-title">
                {data.dataset.name}{' '}
                <span className="muted small" data-testid="editor-state">
                  patch {visible.loaded.item.patch.id.slice(0, 8)} ·{' '}
                  {state.kind === 'claiming' ? 'loading next…' : waiting ? 'confirming…' : 'editing'}
                </span>
              </h1>
              <PresenceBar
                datasetId={datasetId}
                patchId={visible.loaded.item.patch.id}
                specimenId={visible.loaded.item.patch.specimen.id}
              />
            </div>
            <div className="editor-stack">
              {editors.map(({ shown, active }) => (
                <div key={shown.key} hidden={!active}>
                  <LabelingEditor
                    loaded={shown.loaded}
                    active={active && state.kind === 'ready'}
                    queueNotice={active && state.kind === 'ready' ? state.notice : null}
                    patternClasses={classes}
                    intensityLevels={levels}
                    onSubmit={advance}
                    onNext={() => void next()}
                  />
                </div>
              ))}
            </div>
          </div>
        );
      }}
    </QueryStates>
  );
}
