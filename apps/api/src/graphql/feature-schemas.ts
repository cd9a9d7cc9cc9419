// Domain features beyond the core register themselves here (datasets, workflow, training, ...).
export {};
