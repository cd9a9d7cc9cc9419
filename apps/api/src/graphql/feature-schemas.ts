// Domain features beyond the core register their types and root fields here.
import '../features/datasets/datasets.schema';
