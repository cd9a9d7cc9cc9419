import { AnnotatorHome } from '@/features/home/annotator-home';

export default function AnnotatePage() {
  return <AnnotatorHome />;
}
