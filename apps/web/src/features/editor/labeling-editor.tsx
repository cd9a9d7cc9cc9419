'use client';
import { encodeRle } from '@hep2/data/rle';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { AnnotationInput } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { SkipPatchMutation } from '../workflow/workflow.graphql';
import { MaskCanvasEditor } from './canvas/mask-canvas-editor';
import { useCanvasTools } from './canvas/use-canvas-tools';
import { contentBox } from './display/display-window';
import { uncertaintyCanvas } from './display/uncertainty-layer';
import { stepIntensity } from './keyboard/intensity-step';
import type { EditorAction } from './keyboard/keymap';
import { maskArea } from './mask/mask';
import { DisplayPanel } from './panels/display-panel';
import { HelpOverlay } from './panels/help-overlay';
import { IntensityButtons, type IntensityLevelItem } from './panels/intensity-buttons';
import { type PatternClassItem, PatternPicker } from './panels/pattern-picker';
import { ProposalPanel } from './panels/proposal-panel';
import { SaveStatusBanner, saveStatusText } from './panels/save-status-banner';
import { SkipDialog } from './panels/skip-dialog';
import { SpecimenThumbnail } from './panels/specimen-thumbnail';
import { initialEditorState } from './session/initial-state';
import { readLocalDraft, removeLocalDraft } from './session/local-draft';
import { cancelSwitch, markEditorReady, markSwitchPhase, markSwitchStart } from './session/perf-marks';
import { useAnnotationSync } from './session/use-annotation-sync';
import { useDisplaySettings } from './session/use-display-settings';
import { type DraftArrival, useDraftArrival } from './session/use-draft-arrival';
import { useHeartbeat } from './session/use-heartbeat';
import { useLabelChoices } from './session/use-label-choices';
import { useLeaveOnPagehide } from './session/use-leave-on-pagehide';
import { useMaskEditor } from './session/use-mask-editor';
import { usePatchContext } from './session/use-patch-context';
import type { SubmitResult } from './session/use-work-queue';
import type { LoadedWorkItem } from './session/work-item-loader';
import { useEditorKeys } from './use-editor-keys';

interface Props {
  loaded: LoadedWorkItem;
  patternClasses: readonly PatternClassItem[];
  intensityLevels: readonly IntensityLevelItem[];
  /**
   * False while kept mounted but hidden: a submitted patch waiting for the server's answer, or the
   * likely next patch mounted ahead so that the switch only reveals it.
   */
  active: boolean;
  /** A message from the queue (e.g. the guessed patch was taken). */
  queueNotice: string | null;
  /**
   * Moves on at once and submits what `prepare` hands over; resolves 'failed' or 'blocked' (and this
   * editor is shown again) when it did not go through.
   */
  onSubmit(prepare: () => Promise<AnnotationInput | null>): Promise<SubmitResult>;
  /** Claim the next patch (after a skip) or reclaim after a conflict. */
  onNext(): void;
}

const OWN_COLOUR: [number, number, number] = [255, 64, 200];
const PROPOSAL_COLOUR: [number, number, number] = [255, 200, 40];
const originText = {
  local: 'Restored your unsaved work from this browser.',
  draft: 'Continuing your saved draft.',
  proposal: 'Starting from the model’s proposed mask.',
  empty: 'No proposal: paint the cells.',
} as const;
const arrivalText = {
  replayed:
    'Your saved draft of this patch arrived after you started: what you did since is applied on top of it (Z steps back to the draft).',
  unavailable:
    'Your saved draft of this patch could not be loaded. Your work here is kept; saving will ask which version to keep.',
} as const;

/** The labeling editor for one claimed patch (remounted per lease). */
export function LabelingEditor(props: Props) {
  const { loaded, patternClasses, intensityLevels, active, onSubmit, onNext } = props;
  const { item, image, proposalMask } = loaded;
  const client = useClient();
  // This browser's copy as it was on opening: a draft arriving with the claim is weighed against it.
  const [localAtOpen] = useState(() => readLocalDraft(item.patch.id));
  const [initial] = useState(() => initialEditorState(loaded, localAtOpen));
  // Shown from the prefetch: operations are journaled until the claim says where the work starts.
  const editor = useMaskEditor(initial.mask, { journal: loaded.pending });
  const labels = useLabelChoices(initial);
  const { patternClassId, intensityLevelId, choosePattern, chooseIntensity } = labels;
  const sync = useAnnotationSync(item, editor, labels, initial.version);
  const [origin, setOrigin] = useState(initial.origin);
  const heartbeat = useHeartbeat(item.lease.id, item.lease.expiresAt);
  useLeaveOnPagehide(item.lease.id);
  const specimenWindow = item.patch.specimen.displayWindow ?? null;
  const display = useDisplaySettings(image, specimenWindow, active);
  // A crop padded into a bigger patch (older imports): fit and zoom around the crop, not the padding.
  const fitRegion = useMemo(() => (item.patch.padded ? contentBox(image) : null), [item.patch.padded, image]);
  const context = usePatchContext(item.patch, active);
  // Written straight to the status bar: a state update per mouse move would re-render the editor.
  const pixelReadout = useRef<HTMLSpanElement>(null);
  const tools = useCanvasTools();
  const [showProposal, setShowProposal] = useState(false);
  const [showUncertainty, setShowUncertainty] = useState(false);
  const probability = loaded.proposalProbability;
  const heatLayer = useMemo(
    () => (showUncertainty && probability ? uncertaintyCanvas(probability) : null),
    [showUncertainty, probability],
  );
  const [dialog, setDialog] = useState<'help' | 'skip' | null>(null);
  const [notice, setNotice] = useState<string | null>(props.queueNotice);
  // good news (the draft arrived and the work was kept) is not shown in the error style
  const [info, setInfo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The switch (or sign-in) timing ends at the first frame with this patch on screen: when it is
  // mounted, or revealed after being mounted ahead.
  useEffect(() => {
    if (active) markEditorReady();
  }, [active]);

  // Work restored from this browser goes to the server as soon as there is a lease to save under
  // (unless the claim's draft became the start instead: autosave then sends the work built on it).
  const saveRestored = useRef(initial.origin === 'local');
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the lease is known
  useEffect(() => {
    if (!saveRestored.current || !item.lease.id) return;
    saveRestored.current = false;
    void sync.save();
  }, [item.lease.id]);

  useDraftArrival(loaded, {
    editor,
    labels,
    adoptVersion: sync.adoptVersion,
    localAtOpen,
    onArrival: (arrival: DraftArrival) => {
      if (arrival.kind === 'unavailable') return setNotice(arrivalText.unavailable);
      saveRestored.current = arrival.origin === 'local';
      setOrigin(arrival.origin);
      if (arrival.replayed) setInfo(arrivalText.replayed);
    },
  });

  useEffect(() => {
    if (heartbeat.leaseLost) sync.leaseLost();
  }, [heartbeat.leaseLost, sync.leaseLost]);

  // For tests and support: what the editor on screen holds right now.
  useEffect(() => {
    if (!active) return;
    (window as unknown as { hep2Editor?: unknown }).hep2Editor = {
      patchId: item.patch.id,
      leaseId: item.lease.id,
      maskRle: () => encodeRle(editor.mask),
      maskArea: () => maskArea(editor.mask),
    };
  }, [item, editor.mask, active]);

  const submit = useCallback(async () => {
    if (busy) return;
    if (loaded.pending) {
      setNotice('One moment: the server is still confirming this patch for you.');
      return;
    }
    if (!patternClassId || !intensityLevelId) {
      setNotice('Pick a pattern (1–9) and an intensity (Q/W) before submitting.');
      return;
    }
    if (sync.status.kind === 'stale' || sync.status.kind === 'lease-lost') return; // the banner says why
    setBusy(true);
    markSwitchStart('submit');
    const outcome = await onSubmit(sync.prepareSubmit);
    // On success the queue has moved on and this editor is gone; on failure it is shown again.
    if (outcome.kind === 'submitted') return;
    cancelSwitch();
    setBusy(false);
    if (outcome.kind === 'blocked') return;
    sync.failed(outcome.error);
    setNotice(
      `Not submitted: ${outcome.error.message.replace(/\.?$/, '.')} Your strokes and labels are still here.`,
    );
  }, [busy, loaded.pending, patternClassId, intensityLevelId, sync, onSubmit]);

  const skip = useCallback(
    async (reason: string) => {
      if (loaded.pending) {
        setDialog(null);
        setNotice('One moment: the server is still confirming this patch for you.');
        return;
      }
      setBusy(true);
      markSwitchStart('skip');
      const result = await client.mutation(SkipPatchMutation, { leaseId: item.lease.id, reason }).toPromise();
      setBusy(false);
      if (result.error) {
        cancelSwitch();
        setDialog(null);
        setNotice(`Could not skip: ${apiError(result.error).message}`);
        return;
      }
      markSwitchPhase('submitted');
      removeLocalDraft(item.patch.id);
      onNext();
    },
    [client, item, onNext, loaded.pending],
  );

  const onAction = (a: EditorAction) => {
    setNotice(null);
    if (tools.handle(a, editor)) return;
    switch (a.type) {
      case 'pattern': {
        const byShortcut = patternClasses.find((c) => c.shortcut === String(a.index + 1));
        const chosen = byShortcut ?? patternClasses[a.index];
        if (chosen) choosePattern(chosen.id);
        return;
      }
      case 'intensity':
        chooseIntensity((id) => stepIntensity(intensityLevels, id, a.delta) ?? id);
        return;
      case 'submit':
        return void submit();
      case 'skip':
        return setDialog('skip');
      case 'toggle-proposal':
        if (proposalMask) setShowProposal((v) => !v);
        return;
      case 'toggle-uncertainty':
        if (probability) setShowUncertainty((v) => !v);
        else setNotice('This prediction has no per-pixel map (it was scored before maps were stored).');
        return;
      case 'help':
        return setDialog((d) => (d === 'help' ? null : 'help'));
      case 'close':
        return setDialog(null);
    }
  };
  useEditorKeys(onAction, dialog !== null || !active, tools.setPanHeld);

  const patch = item.patch;
  return (
    <div className="editor" data-testid="editor" data-patch-id={patch.id}>
      <div className="editor-main">
        {item.returnComment && (
          <div className="banner banner-info" role="note" data-testid="return-comment">
            <strong>Returned by a curator:</strong> {item.returnComment}
          </div>
        )}
        <SaveStatusBanner
          status={sync.status}
          onOverwrite={() => void sync.overwrite()}
          onReload={onNext}
          onRetry={() => void sync.save()}
        />
        <MaskCanvasEditor
          image={image}
          lut={display.lut}
          editor={editor}
          tools={tools}
          colour={OWN_COLOUR}
          readOnly={
            showProposal && proposalMask
              ? {
                  mask: proposalMask,
                  colour: PROPOSAL_COLOUR,
                  tag: 'Model proposal (read-only) — press P for your mask',
                }
              : null
          }
          proposalToggle={{
            shown: showProposal,
            available: !!proposalMask,
            onToggle: () => setShowProposal((v) => !v),
          }}
          heatLayer={heatLayer}
          fitRegion={fitRegion}
          context={context.shown}
          onCursorValue={(v) => {
            if (pixelReadout.current)
              pixelReadout.current.textContent = v ? `x ${v.x}, y ${v.y}: ${v.value}` : '';
          }}
        >
          {heatLayer && (
            <span className="canvas-tag canvas-tag-right" data-testid="uncertainty-tag">
              Cyan: where the model is unsure — U hides it
            </span>
          )}
        </MaskCanvasEditor>
        <div className="statusbar">
          <span data-testid="save-status">{saveStatusText(sync.status)}</span>
          <span className="muted">{originText[origin]}</span>
          <span className="muted" ref={pixelReadout} data-testid="pixel-value" />
          <span className="muted">
            {patch.width}×{patch.height} · {image.maxValue > 255 ? '16-bit' : '8-bit'} · press ? for shortcuts
          </span>
        </div>
      </div>
      <aside className="editor-side">
        <PatternPicker
          classes={patternClasses}
          selectedId={patternClassId}
          probabilities={item.proposal?.patternProbs ?? null}
          onSelect={choosePattern}
        />
        <IntensityButtons
          levels={intensityLevels}
          selectedId={intensityLevelId}
          probabilities={item.proposal?.intensityProbs ?? null}
          onSelect={chooseIntensity}
        />
        {notice && (
          <p className="message message-error" role="alert">
            {notice}
          </p>
        )}
        {info && !notice && (
          <p className="message message-info" role="status">
            {info}
          </p>
        )}
        <div className="row">
          <button
            type="button"
            className="button button-primary grow"
            onClick={() => void submit()}
            disabled={busy}
            data-testid="submit"
          >
            Submit &amp; next <kbd>Enter</kbd>
          </button>
          <button type="button" className="button" onClick={() => setDialog('skip')} disabled={busy}>
            Skip <kbd>S</kbd>
          </button>
        </div>
        <ProposalPanel
          proposal={item.proposal ?? null}
          acquisitionScore={patch.acquisitionScore ?? null}
          acquisitionStrategy={patch.acquisitionStrategy ?? null}
          patternCount={patternClasses.length}
          intensityCount={intensityLevels.length}
          probability={probability}
          uncertaintyShown={showUncertainty}
          onToggleUncertainty={() => setShowUncertainty((v) => !v)}
        />
        <DisplayPanel
          settings={display.settings}
          maxValue={image.maxValue}
          mode={display.mode}
          range={display.range}
          stats={display.stats}
          hasSpecimenWindow={specimenWindow !== null}
          clipping={display.clipping}
          contextMargin={context.available ? context.on : null}
          onChange={display.setSettings}
          onMode={display.setMode}
          onClipping={display.setClipping}
          onContextMargin={context.setOn}
          onAuto={display.resetAuto}
        />
        <SpecimenThumbnail specimen={patch.specimen} patch={patch} />
      </aside>
      {dialog === 'help' && <HelpOverlay onClose={() => setDialog(null)} />}
      {dialog === 'skip' && (
        <SkipDialog busy={busy} onSkip={(r) => void skip(r)} onCancel={() => setDialog(null)} />
      )}
    </div>
  );
}
