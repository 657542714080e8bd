/**
 * Where a segment starts: blank, or a template per segmentation base (demographic, geographic,
 * behavioural, value…). A template whose fields the project lacks is shown disabled with the reason.
 */
import { useTranslation } from 'react-i18next';
import type { SegmentTemplate } from '../../../shared/api.js';
import { useStore } from '../store/index.js';
import { templateText } from './templateText.js';

const KNOWN_BASES = [
  'demographic',
  'geographic',
  'behavioural',
  'value',
  'journey',
  'technographic',
  'traffic_source',
  'satisfaction',
  'firmographic',
  'psychographic',
  'needs',
] as const;
type KnownBase = (typeof KNOWN_BASES)[number];

function isKnownBase(base: string): base is KnownBase {
  return (KNOWN_BASES as readonly string[]).includes(base);
}

/** Templates by base, in the order the engine lists them. */
function byBase(templates: readonly SegmentTemplate[]): Array<[string, SegmentTemplate[]]> {
  const groups = new Map<string, SegmentTemplate[]>();
  for (const template of templates) groups.set(template.base, [...(groups.get(template.base) ?? []), template]);
  return [...groups.entries()];
}

export function TemplateGallery(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const templates = useStore((s) => s.templates) ?? [];
  const newSegment = useStore((s) => s.newSegment);
  const baseName = (base: string) => (isKnownBase(base) ? t(`segments.gallery.bases.${base}`) : base);

  return (
    <section className="gallery" aria-labelledby="gallery-title" data-testid="template-gallery">
      <h2 id="gallery-title" className="gallery-title">
        {t('segments.gallery.title')}
      </h2>
      <p className="muted">{t('segments.gallery.lead')}</p>
      <div className="gallery-cards">
        <button
          type="button"
          className="gallery-card gallery-card-blank"
          onClick={() => newSegment()}
          data-testid="template-blank"
        >
          <span className="gallery-card-name">{t('segments.gallery.blank')}</span>
          <span className="gallery-card-text">{t('segments.gallery.blankText')}</span>
        </button>
      </div>
      {byBase(templates).map(([base, list]) => (
        <section key={base} className="gallery-base" aria-label={baseName(base)}>
          <h3 className="section-title">{baseName(base)}</h3>
          <div className="gallery-cards">
            {list.map((template) => {
              const text = templateText(template, t, i18n.language);
              return (
                <button
                  key={template.id}
                  type="button"
                  className="gallery-card"
                  aria-disabled={!template.enabled}
                  // the new segment starts with the name and description in the user's language
                  onClick={() => template.enabled && newSegment({ ...template, ...text })}
                  data-testid={`template-${template.id}`}
                >
                  {/* Values from the data (a country, a category) keep their own direction inside. */}
                  <span className="gallery-card-name">
                    <bdi>{text.name}</bdi>
                  </span>
                  <span className="gallery-card-text">
                    <bdi>{text.description}</bdi>
                  </span>
                  {!template.enabled && text.reason && (
                    <span className="gallery-card-reason">
                      {t('segments.gallery.unavailable', { reason: text.reason })}
                    </span>
                  )}
                </button>
              );
            })}
          </div>
        </section>
      ))}
    </section>
  );
}
