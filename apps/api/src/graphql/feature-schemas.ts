// Domain features beyond the core register their types and root fields here.
import '../features/datasets/datasets.schema';
import '../features/datasets/dataset-admin.schema';
import '../features/queue/queue.schema';
import '../features/queue/upcoming-patches.schema';
import '../features/annotations/annotations.schema';
import '../features/review/review.schema';
import '../features/review/specimen-imported-truth.schema';
import '../features/throughput/throughput.schema';
import '../features/training/training.schema';
import '../features/training/training-readiness.schema';
import '../features/imports/imports.schema';
import '../features/imports/archive-imports.schema';
import '../features/exports/exports.schema';
import '../features/experiments/experiments.schema';
import '../features/active-learning/active-learning.schema';
import '../features/webhooks/webhooks.schema';
