// The labeling workflow's GraphQL surface: queue and annotations, review, reads, live updates.
import './work-queue.schema';
import './review.schema';
import './workflow-queries.schema';
import './workflow-subscriptions.schema';
import './upcoming-patches.schema';
import './annotator-throughput.schema';
import './specimen-imported-truth.schema';
