import { render } from 'preact';
import '../../lib/page/highlights.css';
import '../../components/components.css';
import './viewer.css';
import { ViewerScreen } from './viewer-screen';

const file = new URLSearchParams(location.search).get('file');
document.title = file ? `${decodeURIComponent(file.split('/').pop() ?? file)} · Inspection Lens` : 'Inspection Lens viewer';
render(<ViewerScreen initialUrl={file} />, document.getElementById('app')!);
