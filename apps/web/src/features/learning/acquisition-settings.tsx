'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { QueryStates } from '../ui/query-states';
import { AcquisitionForm } from './acquisition-settings-form';
import { AcquisitionSettingsQuery } from './learning.graphql';
import { ScoreNowButton } from './score-now-button';

/** The dataset's acquisition settings, editable; saves with the version it was loaded at. */
export function AcquisitionSettings({ datasetId, onSaved }: { datasetId: string; onSaved(): void }) {
  const [result, refetch] = useQuery({ query: AcquisitionSettingsQuery, variables: { datasetId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // kept here: saving bumps the version, which remounts the form
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <section className="panel stack-sm" aria-label="Acquisition settings" data-testid="acquisition-settings">
      <h3>Acquisition settings</h3>
      <QueryStates {...result} retry={reload}>
        {(data) => (
          <AcquisitionForm
            // a new version (saved here or elsewhere) resets the form to the stored values
            key={data.acquisitionSettings.version}
            current={data.acquisitionSettings}
            saved={savedVersion === data.acquisitionSettings.version}
            onSaved={(version) => {
              setSavedVersion(version);
              reload();
              onSaved();
            }}
            onReload={reload}
          />
        )}
      </QueryStates>
      <ScoreNowButton datasetId={datasetId} onScored={onSaved} />
    </section>
  );
}
