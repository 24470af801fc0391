# Sourced by the Windows stage's scripts: the Wine prefix the Windows programs run in
# (WINEPREFIX, default build-windows/wine), made on first use, quiet, without Mono or Gecko.
# A Windows PC draws Japanese with its own fonts (Yu Gothic UI, Meiryo UI, MS UI Gothic, linked
# from Segoe UI and Tahoma); Wine has none of them, so the prefix maps those names, and the
# dialog fonts, to Debian's IPAex Gothic.
export WINEPREFIX=${WINEPREFIX:-$PWD/build-windows/wine} WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/.tokendesk-fonts" ]; then
  mkdir -p "$WINEPREFIX"
  wine cmd /c exit >/dev/null 2>&1 || true
  for face in Tahoma "MS Shell Dlg" "MS Shell Dlg 2" "Segoe UI" "Microsoft Sans Serif" \
    "MS Sans Serif" Arial "MS UI Gothic" "Yu Gothic UI" "Meiryo UI"; do
    wine reg add 'HKCU\Software\Wine\Fonts\Replacements' /v "$face" /t REG_SZ /d IPAexGothic \
      /f >/dev/null 2>&1
  done
  wineserver -w
  touch "$WINEPREFIX/.tokendesk-fonts"
fi
# Wine's own services start with the first program of a session and keep the standard output
# they inherited open until the session ends; started here, with nowhere to write, they do not
# hold a test's output open (ctest waited minutes for one that had long finished).
wine cmd /c exit >/dev/null 2>&1 || true
