import { mount } from 'svelte';
import App from './App.svelte';
import './base.css';
import './review.css';

mount(App, { target: document.getElementById('app')! });
