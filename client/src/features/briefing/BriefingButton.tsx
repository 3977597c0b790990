// "Export briefing": a button for whoever may export one (read:briefing, from `me { permissions }`)
// and its dialog: case reference, issuing unit, protective marking, paper and language (the UI's
// by default), the takedown simulation to include; progress while the service renders (up to
// half a minute), then the PDF saved under the case reference's name. Errors by code, in the
// reader's language (app/errors.ts).
import i18next from 'i18next';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors.ts';
import { useCan, useWorkspace } from '../../app/store.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import {
  BRIEFING_LANGUAGES,
  briefingLanguage,
  downloadName,
  exportBriefing,
  latestTakedown,
  MARKINGS,
  PAPERS,
  saveFile,
  type BriefingLanguage,
  type Marking,
  type Paper,
  type TakedownOffer,
} from './data.ts';
import './briefing.css';

const UNIT_KEY = 'crimegraph.briefing.unit';

export interface BriefingButtonProps {
  /** The button's element id (the gangs panel and the commander's start each have one). */
  id: string;
  /** The community run to brief on; the latest when absent. */
  runId?: string | null;
  /** When the run is known: its date, said in the dialog. */
  runDate?: number | null;
  /** A succeeded takedown job to include; else the latest one is offered. */
  takedownJobId?: string | null;
  takedownDate?: number | null;
  className?: string;
}

export default function BriefingButton(props: BriefingButtonProps): ReactNode {
  const { t } = useTranslation('briefing');
  const can = useCan('read:briefing');
  const [open, setOpen] = useState(false);
  if (!can) return null;
  return (
    <>
      <button
        type="button"
        id={props.id}
        className={props.className}
        data-briefing-open=""
        title={t('openHint')}
        onClick={() => setOpen(true)}
      >
        {t('open')}
      </button>
      {open && <BriefingDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function BriefingDialog({
  runId,
  runDate,
  takedownJobId,
  takedownDate,
  onClose,
}: BriefingButtonProps & { onClose: () => void }): ReactNode {
  const { t, i18n } = useTranslation('briefing');
  const names = useCan('read:entities');
  const canJobs = useCan('read:jobs');
  const ref = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const [caseReference, setCaseReference] = useState('');
  const [unit, setUnit] = useState(() => localStorage.getItem(UNIT_KEY) ?? '');
  const [marking, setMarking] = useState<Marking>('INTERNAL');
  const [paper, setPaper] = useState<Paper>('A4');
  const [language, setLanguage] = useState<BriefingLanguage>(() => briefingLanguage(i18n.language));
  const [offer, setOffer] = useState<TakedownOffer | null | undefined>(
    takedownJobId ? { id: takedownJobId, at: takedownDate ?? 0 } : undefined,
  );
  const [withTakedown, setWithTakedown] = useState(true);
  const [started, setStarted] = useState<number | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // The render in flight; closing the dialog abandons it (the service still finishes and audits it).
  const live = useRef(0);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      live.current++;
    };
  }, []);

  useEffect(() => {
    if (offer !== undefined) return;
    if (!canJobs) {
      setOffer(null);
      return;
    }
    let on = true;
    latestTakedown()
      .then((o) => on && setOffer(o))
      .catch((err: unknown) => {
        console.warn(err);
        if (on) setOffer(null);
      });
    return () => {
      on = false;
    };
  }, [offer, canJobs]);

  useEffect(() => {
    if (started === null) return;
    const timer = setInterval(() => setSeconds(Math.round((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [started]);

  const busy = started !== null;
  const ready = caseReference.trim() !== '' && unit.trim() !== '';

  const close = () => {
    live.current++;
    if (busy) useWorkspace.getState().setBusy(null);
    ref.current?.close();
    onClose();
  };

  const submit = async () => {
    if (!ready || busy) {
      if (!ready) setError(t('required'));
      return;
    }
    const run = ++live.current;
    const { setBusy, notify } = useWorkspace.getState();
    setError(null);
    setSeconds(0);
    setStarted(Date.now());
    setBusy({ text: t('renderingShort'), progress: null });
    localStorage.setItem(UNIT_KEY, unit.trim());
    try {
      const file = await exportBriefing({
        caseReference: caseReference.trim(),
        unit: unit.trim(),
        marking,
        paper,
        language,
        ...(runId ? { runId } : {}),
        ...(offer && withTakedown ? { takedownJobId: offer.id } : {}),
      });
      if (live.current !== run) return;
      saveFile(file, downloadName(caseReference.trim(), file.filename));
      notify('info', i18next.t('done', { ns: 'briefing', count: file.pages, n: formatNumber(file.pages) }));
      setBusy(null);
      ref.current?.close();
      onClose();
    } catch (err) {
      if (live.current !== run) return;
      setError(errorMessage(err));
      setStarted(null);
      setBusy(null);
    }
  };

  return (
    <dialog
      ref={ref}
      id="briefing-dialog"
      className="briefing-dialog"
      aria-labelledby={`${uid}-title`}
      aria-busy={busy}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={`${uid}-title`}>{t('title')}</h2>
        <p className="muted small">{t('intro')}</p>
        <fieldset disabled={busy}>
          <label>
            <span>{t('caseReference')}</span>
            <input
              id="briefing-case"
              type="text"
              required
              maxLength={100}
              autoFocus
              value={caseReference}
              placeholder={t('caseReferencePlaceholder')}
              title={t('caseReferenceHint')}
              onChange={(e) => setCaseReference(e.target.value)}
            />
          </label>
          <label>
            <span>{t('unit')}</span>
            <input
              id="briefing-unit"
              type="text"
              required
              maxLength={200}
              value={unit}
              placeholder={t('unitPlaceholder')}
              onChange={(e) => setUnit(e.target.value)}
            />
          </label>
          <label>
            <span>{t('marking')}</span>
            <select
              id="briefing-marking"
              value={marking}
              title={t('markingHint')}
              onChange={(e) => setMarking(e.target.value as Marking)}
            >
              {MARKINGS.map((m) => (
                <option key={m} value={m}>
                  {t(`markings.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="briefing-pair">
            <label>
              <span>{t('paper')}</span>
              <select id="briefing-paper" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
                {PAPERS.map((p) => (
                  <option key={p} value={p}>
                    {t(`papers.${p}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('language')}</span>
              <select
                id="briefing-language"
                value={language}
                onChange={(e) => setLanguage(e.target.value as BriefingLanguage)}
              >
                {BRIEFING_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="muted small" id="briefing-run">
            {runId && runDate ? t('run', { date: formatDateTime(runDate) }) : t('latestRun')}
          </p>
          {offer && (
            <label className="briefing-check">
              <input
                id="briefing-takedown"
                type="checkbox"
                checked={withTakedown}
                onChange={(e) => setWithTakedown(e.target.checked)}
              />
              <span>{t('takedown', { date: formatDateTime(offer.at) })}</span>
            </label>
          )}
          {offer === null && <p className="muted small">{t('noTakedown')}</p>}
          {!names && <p className="muted small">{t('gangLevel')}</p>}
        </fieldset>
        {busy && (
          <div className="briefing-progress" role="status" aria-live="polite" id="briefing-progress">
            <span>{t('rendering', { seconds: formatNumber(seconds) })}</span>
            <progress />
            <span className="muted small">{t('renderingHint')}</span>
          </div>
        )}
        {error && (
          <p className="error" role="alert" id="briefing-error">
            {error}
          </p>
        )}
        <div className="briefing-actions">
          <button type="button" id="briefing-cancel" onClick={close}>
            {busy ? t('stop') : t('cancel')}
          </button>
          <button type="submit" id="briefing-submit" className="primary" disabled={busy}>
            {t('submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
