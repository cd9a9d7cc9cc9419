import { MyHistory } from '@/features/history/my-history';

export default function HistoryPage() {
  return <MyHistory />;
}
