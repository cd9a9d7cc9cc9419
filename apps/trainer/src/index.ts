export { loadTrainerConfig, type TrainerConfig } from './config';
export * from './contracts';
export { startTrainerService, type TrainerService } from './trainer-service';
