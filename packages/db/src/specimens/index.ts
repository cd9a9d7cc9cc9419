/** @hep2/db/specimens: specimen-level read models shared by the trainer and the scoring job. */
export {
  inputScalesOf,
  loadSpecimenInputScales,
  type SpecimenInputScales,
  SpecimenScaleError,
} from './input-scales';
