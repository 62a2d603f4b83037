// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../core/settings/settings';
import { SettingsDialog } from '../../../renderer/settings/SettingsDialog';

function setup(onSaveResult: string | null = null) {
  const onSave = vi.fn(async (_settings: Settings) => onSaveResult);
  const onClose = vi.fn();
  render(<SettingsDialog settings={defaultSettings('Europe/Berlin')} onSave={onSave} onClose={onClose} />);
  return { onSave, onClose };
}

const change = (role: string, name: string, value: string) =>
  fireEvent.change(screen.getByRole(role, { name }), { target: { value } });

describe('SettingsDialog', () => {
  afterEach(() => cleanup());

  it('saves every setting the reporter changed and closes', async () => {
    const { onSave, onClose } = setup();
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy();
    change('textbox', 'Newsroom name', 'The Courier');
    change('textbox', 'Default byline', 'Ana Ruiz');
    change('textbox', 'Default byline role', 'Staff reporter');
    change('listbox', 'Newsroom time zone', 'Asia/Kabul');
    change('textbox', 'Sections', 'News\n  Local \n\nNews\nSport');
    change('spinbutton', 'Headline length warning', '90');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Smart typography' }));
    change('combobox', 'Theme', 'dark');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSave).toHaveBeenCalledWith({
      ...defaultSettings('Europe/Berlin'),
      newsroomName: 'The Courier',
      defaultByline: 'Ana Ruiz',
      defaultBylineRole: 'Staff reporter',
      timeZone: 'Asia/Kabul',
      sections: ['News', 'Local', 'Sport'],
      headlineLimit: 90,
      smartTypography: false,
      theme: 'dark',
    });
  });

  it('finds a time zone by city and shows its offset, keeping the chosen one listed', () => {
    setup();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search newsroom time zones' }), {
      target: { value: 'brussels' },
    });
    const zone = screen.getByRole('listbox', { name: 'Newsroom time zone' });
    const labels = within(zone)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual([
      expect.stringMatching(/^Europe\/Berlin \(UTC\+0[12]:00\) — Berlin$/),
      expect.stringMatching(/^Europe\/Brussels \(UTC\+0[12]:00\) — Brussels$/),
    ]);
    fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search newsroom time zones' }), { key: 'Enter' });
    expect((zone as HTMLSelectElement).value).toBe('Europe/Brussels');
  });

  it('refuses a headline limit out of range and says why', () => {
    const { onSave, onClose } = setup();
    change('spinbutton', 'Headline length warning', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('alert').textContent).toMatch(/from 10 to 1,000/);
    expect(onSave).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('saves your name, the date style and wording, and the export choices', async () => {
    const { onSave, onClose } = setup();
    change('textbox', 'Your name', '  Lena Ortiz ');
    change('combobox', 'Date style', 'long');
    change('textbox', 'Published line', 'Published on {date}');
    change('textbox', 'Correction entry', 'Correction ({date}): {note}');
    change('textbox', 'Base URL', ' https://news.example.com/stories/ ');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include the default stylesheet' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mark each quotation with its source’s name' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const saved = onSave.mock.calls[0]![0];
    expect(saved).toMatchObject({
      yourName: 'Lena Ortiz',
      dateStyle: 'long',
      baseUrl: 'https://news.example.com/stories/',
      exportStylesheet: false,
      exportQuoteSources: true,
    });
    expect(saved.dateLabels).toEqual({
      ...defaultSettings('UTC').dateLabels,
      published: 'Published on {date}',
      correction: 'Correction ({date}): {note}',
    });
  });

  it.each([
    ['Base URL', 'ftp://news.example.com', /http:\/\/ or https:\/\//],
    ['Base URL', 'news.example.com', /http:\/\/ or https:\/\//],
    ['Last updated line', 'Last Updated On', /needs its \{date\}/],
  ])('refuses %s %j and says why', (name, value, message) => {
    const { onSave, onClose } = setup();
    change('textbox', name, value);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('alert').textContent).toMatch(message);
    expect(onSave).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('stays open with the problem when the settings could not be stored', async () => {
    const { onClose } = setup('The settings file could not be written.');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The settings file could not be written.');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes without saving on Cancel', () => {
    const { onSave, onClose } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect(onSave).not.toHaveBeenCalled();
  });
});
