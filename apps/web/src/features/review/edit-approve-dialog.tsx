'use client';
import { useMemo, useState } from 'react';
import type { ReviewTaxonomyQuery } from '@/gql/graphql';
import { MaskCanvasEditor } from '../editor/canvas/mask-canvas-editor';
import { useCanvasTools } from '../editor/canvas/use-canvas-tools';
import { stepIntensity } from '../editor/keyboard/intensity-step';
import type { EditorAction } from '../editor/keyboard/keymap';
import { cloneMask, maskArea } from '../editor/mask/mask';
import { DisplayPanel } from '../editor/panels/display-panel';
import { IntensityButtons } from '../editor/panels/intensity-buttons';
import { PatternPicker } from '../editor/panels/pattern-picker';
import { useDisplaySettings } from '../editor/session/use-display-settings';
import { useMaskEditor } from '../editor/session/use-mask-editor';
import { useEditorKeys } from '../editor/use-editor-keys';
import { GROUND_TRUTH_COLOUR, PROPOSAL_COLOUR } from './annotator-colours';
import { editApproveVariables, type MaskStart, maskStarts, startKey } from './edit-approve-start';
import { MaskStartPicker } from './mask-start-picker';
import { EditApproveHelp } from './review-help';
import type { ReviewAnnotation, ReviewPatch, ReviewPixels } from './use-review-item';

type Taxonomy = ReviewTaxonomyQuery['dataset'];
const CURATOR_COLOUR: [number, number, number] = [255, 64, 200];

interface Props {
  taxonomy: Taxonomy;
  patch: ReviewPatch;
  /** The review's submissions, named as the page names them. */
  annotations: readonly { annotation: ReviewAnnotation; name: string }[];
  pixels: ReviewPixels;
  /** The submission under review: its labels and mask are the default start. */
  from: ReviewAnnotation;
  busy: boolean;
  error: string | null;
  onSubmit(variables: ReturnType<typeof editApproveVariables>): void;
  onClose(): void;
}

/**
 * The curator corrects a submission and approves: the annotator editor's canvas and tools (brush,
 * eraser, fill, undo, zoom, display window, the same keys) on the submission's mask, the model's
 * proposal or the imported ground truth; Enter approves, Esc cancels.
 */
export function EditApproveDialog(props: Props) {
  const { taxonomy, patch, pixels, from } = props;
  const classes = useMemo(
    () => [...taxonomy.patternClasses].sort((a, b) => a.position - b.position),
    [taxonomy.patternClasses],
  );
  const levels = useMemo(
    () => [...taxonomy.intensityLevels].sort((a, b) => a.rank - b.rank),
    [taxonomy.intensityLevels],
  );
  const starts = useMemo(
    () =>
      maskStarts({
        width: pixels.image.width,
        height: pixels.image.height,
        annotations: props.annotations.map(({ annotation, name }) => ({
          id: annotation.id,
          name: `${name}’s mask`,
          mask: pixels.masks[annotation.id] ?? null,
        })),
        proposal: pixels.proposal
          ? { mask: pixels.proposal, predictionId: patch.proposal?.predictionId ?? null }
          : null,
        groundTruth: pixels.groundTruth,
      }),
    [pixels, props.annotations, patch.proposal],
  );
  const [start, setStart] = useState<MaskStart>(
    () => starts.find((s) => startKey(s) === `annotation:${from.id}`) ?? (starts[0] as MaskStart),
  );
  // The review's copy of each mask stays as it was: the editor paints in place.
  const [initial] = useState(() => cloneMask(start.mask));
  const editor = useMaskEditor(initial);
  const tools = useCanvasTools();
  const display = useDisplaySettings(pixels.image, patch.specimen.displayWindow ?? null);
  const [pattern, setPattern] = useState(from.patternClass?.id ?? classes[0]?.id ?? '');
  const [intensity, setIntensity] = useState<string | null>(from.intensityLevel?.id ?? levels[0]?.id ?? null);
  const [showProposal, setShowProposal] = useState(false);
  const [help, setHelp] = useState(false);
  const area = maskArea(editor.mask);

  const choose = (next: MaskStart) => {
    setStart(next);
    editor.rebase(next.mask);
  };
  const approve = () => {
    if (props.busy || !pattern) return;
    props.onSubmit(
      editApproveVariables({
        patchId: patch.id,
        patternClassId: pattern,
        intensityLevelId: intensity,
        start,
        mask: editor.mask,
        fromAnnotationId: from.id,
      }),
    );
  };
  const onAction = (a: EditorAction) => {
    if (tools.handle(a, editor)) return;
    switch (a.type) {
      case 'pattern': {
        const chosen = classes.find((c) => c.shortcut === String(a.index + 1)) ?? classes[a.index];
        if (chosen) setPattern(chosen.id);
        return;
      }
      case 'intensity':
        return setIntensity((id) => stepIntensity(levels, id, a.delta) ?? id);
      case 'toggle-proposal':
        if (pixels.proposal) setShowProposal((v) => !v);
        return;
      case 'submit':
        return approve();
      case 'help':
        return setHelp((h) => !h);
      case 'close':
        return help ? setHelp(false) : props.onClose();
    }
  };
  useEditorKeys(onAction, help, tools.setPanHeld);

  const startArea = maskArea(start.mask);
  return (
    <div className="modal-backdrop">
      <div
        className="modal modal-editor"
        role="dialog"
        aria-modal="true"
        aria-label="Edit and approve"
        data-testid="edit-approve"
        data-mask-area={area}
      >
        <div className="editor-main">
          <MaskCanvasEditor
            image={pixels.image}
            lut={display.lut}
            editor={editor}
            tools={tools}
            colour={start.kind === 'ground-truth' ? GROUND_TRUTH_COLOUR : CURATOR_COLOUR}
            readOnly={
              showProposal && pixels.proposal
                ? {
                    mask: pixels.proposal,
                    colour: PROPOSAL_COLOUR,
                    tag: 'Model proposal (read-only) — P: back',
                  }
                : null
            }
            proposalToggle={{
              shown: showProposal,
              available: !!pixels.proposal,
              onToggle: () => setShowProposal((v) => !v),
            }}
          />
          <div className="statusbar">
            <span data-testid="edit-mask-area">
              Mask {area} px (
              {area === startArea ? 'as started' : `${area - startArea >= 0 ? '+' : ''}${area - startArea}`})
            </span>
            <span className="muted">Started from {start.label.toLowerCase()}</span>
            <span className="muted">press ? for shortcuts</span>
          </div>
        </div>
        <aside className="editor-side">
          <h2>Edit and approve</h2>
          <p className="muted small">
            Your mask and labels become the approved annotation, saved under your name; the submission stays
            as its annotator made it, and how much you changed it counts in their review Dice.
          </p>
          <MaskStartPicker starts={starts} current={start} onChoose={choose} />
          <PatternPicker classes={classes} selectedId={pattern} probabilities={null} onSelect={setPattern} />
          <IntensityButtons
            levels={levels}
            selectedId={intensity}
            probabilities={null}
            onSelect={setIntensity}
          />
          {props.error && (
            <p className="message message-error" role="alert">
              {props.error}
            </p>
          )}
          <div className="row">
            <button
              type="button"
              className="button button-primary grow"
              disabled={props.busy || !pattern}
              onClick={approve}
              data-testid="edit-approve-submit"
            >
              {props.busy ? 'Approving…' : 'Approve'} <kbd>Enter</kbd>
            </button>
            <button type="button" className="button button-ghost" onClick={props.onClose}>
              Cancel <kbd>Esc</kbd>
            </button>
          </div>
          <details className="panel">
            <summary>Display window</summary>
            <DisplayPanel
              settings={display.settings}
              maxValue={pixels.image.maxValue}
              mode={display.mode}
              range={display.range}
              stats={display.stats}
              hasSpecimenWindow={!!patch.specimen.displayWindow}
              clipping={display.clipping}
              contextMargin={null}
              onChange={display.setSettings}
              onMode={display.setMode}
              onClipping={display.setClipping}
              onContextMargin={() => {}}
              onAuto={display.resetAuto}
            />
          </details>
        </aside>
      </div>
      {help && <EditApproveHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
