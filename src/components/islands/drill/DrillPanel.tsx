import type { Locale } from '../../../i18n/locales.ts';
import type { DrillLabels } from './labels.ts';
import { useDrillView } from './useDrillView.ts';

type Props = { labels: DrillLabels; lang: Locale };
const load = () => import('./DrillView.tsx');

/**
 * A drill at the top of crisis mode: in play (DrillPanelView), then its debrief
 * (DrillDebriefView). A gate: the view loads only when the incident shown is a drill.
 */
export default function DrillPanel(props: Props) {
  const View = useDrillView<Props>(load);
  return View ? <View {...props} /> : null;
}
