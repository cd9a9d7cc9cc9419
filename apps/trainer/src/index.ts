export { loadTrainerConfig, type TrainerConfig } from './config';
export { startTrainerService, type TrainerService } from './trainer-service';
