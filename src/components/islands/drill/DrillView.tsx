import type { Locale } from '../../../i18n/locales.ts';
import DrillDebriefView from './DrillDebriefView.tsx';
import DrillPanelView from './DrillPanelView.tsx';
import type { DrillLabels } from './labels.ts';

/** The drill while it runs, and its debrief once it is over (each renders only in its time). */
export default function DrillView(props: { labels: DrillLabels; lang: Locale }) {
  return (
    <>
      <DrillPanelView {...props} />
      <DrillDebriefView {...props} />
    </>
  );
}
