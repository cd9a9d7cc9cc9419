import { LabelingWorkspace } from '@/features/editor/labeling-workspace';

export default async function LabelPage({ params }: { params: Promise<{ datasetId: string }> }) {
  const { datasetId } = await params;
  return <LabelingWorkspace datasetId={datasetId} />;
}
