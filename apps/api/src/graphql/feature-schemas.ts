// Domain features beyond the core register their types and root fields here.
import '../features/datasets/datasets.schema';
import '../features/workflow/workflow.schema';
import '../features/training/training.schema';
import '../features/training/training-readiness.schema';
import '../features/imports/imports.schema';
import '../features/imports/archive-imports.schema';
import '../features/experiments/experiments.schema';
import '../features/active-learning/active-learning.schema';
import '../features/webhooks/webhooks.schema';
