#!/usr/bin/env bash
# Build the macOS disk image: dist/installer/sterkblijven-<version>-macos-<arch>.dmg
#
#   bash packaging/macos/build_dmg.sh arm64      (on an Apple-silicon Mac)
#   bash packaging/macos/build_dmg.sh x86_64     (on an Intel Mac)
#
# Run after `make package` has built dist/sterkblijven.app on the same Mac. numpy has no
# universal2 wheels, so each architecture is built, and packed, on its own kind of Mac.
#
# Signing, from the inside out (codesign --deep is deprecated for signing):
#   - MACOS_SIGN_IDENTITY set (a "Developer ID Application: ..." certificate in the keychain):
#     every library and framework, then the executables, then the app are signed with the
#     hardened runtime and a secure timestamp; the executables get packaging/macos/entitlements.plist.
#     The disk image is signed too.
#   - not set: the same order with an ad-hoc signature, which Apple-silicon Macs need at least.
#     People then have to confirm the first start (see the README).
# Notarisation runs only with an identity and all of APPLE_ID, APPLE_TEAM_ID and
# APPLE_APP_PASSWORD (an app-specific password); the ticket is then stapled to the disk image.
# Whatever is skipped is said, with the reason, at the end.
#
# Works with macOS's own bash 3.2.

set -euo pipefail

die() {
    echo "build_dmg: $*" >&2
    exit 1
}

note() {
    echo "build_dmg: $*"
}

# What was left out, and why, for the summary at the end. (A counter beside the list: bash 3.2
# treats an empty array as unset under set -u.)
SKIPPED=()
SKIPPED_COUNT=0
skip() {
    SKIPPED+=("$*")
    SKIPPED_COUNT=$((SKIPPED_COUNT + 1))
    note "skipped: $*"
}

[ $# -eq 1 ] || die "usage: bash packaging/macos/build_dmg.sh arm64|x86_64"
ARCH=$1
case "$ARCH" in
    arm64 | x86_64) ;;
    *) die "unknown architecture '$ARCH'; use arm64 or x86_64" ;;
esac

[ "$(uname -s)" = Darwin ] || die "this builds a macOS disk image and needs macOS (codesign, hdiutil)"
MACHINE=$(uname -m)
[ "$MACHINE" = "$ARCH" ] || die "asked for $ARCH, but this Mac runs $MACHINE; build each architecture on its own kind of Mac"

cd "$(dirname "$0")/../.."

APP=dist/sterkblijven.app
INFO_PLIST=$APP/Contents/Info.plist
ENTITLEMENTS=packaging/macos/entitlements.plist
OUT_DIR=dist/installer

[ -d "$APP" ] || die "$APP is missing; build it first with: make package"
[ -f "$INFO_PLIST" ] || die "$INFO_PLIST is missing; $APP is not a complete app bundle"
[ -f "$ENTITLEMENTS" ] || die "$ENTITLEMENTS is missing"

if [ -n "${PYTHON:-}" ]; then
    :
elif [ -x .venv/bin/python ]; then
    PYTHON=.venv/bin/python
else
    PYTHON=python3
fi
command -v "$PYTHON" >/dev/null 2>&1 || die "no Python found ($PYTHON); set PYTHON=/path/to/python3"

# --- The version: from the source, checked against the bundle ------------------------------------
# src/sterkblijven/__init__.py holds nothing but the version, so this needs no installed package.
SOURCE_VERSION=$(PYTHONPATH=src "$PYTHON" -c 'import sterkblijven; print(sterkblijven.__version__)') ||
    die "could not read the version from src/sterkblijven/__init__.py"
BUNDLE_VERSION=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$INFO_PLIST" 2>/dev/null) ||
    die "$INFO_PLIST has no CFBundleShortVersionString"
[ "$BUNDLE_VERSION" = "$SOURCE_VERSION" ] ||
    die "$APP is version $BUNDLE_VERSION but the source says $SOURCE_VERSION; run make package again"
VERSION=$SOURCE_VERSION

MAIN_EXECUTABLE=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$INFO_PLIST" 2>/dev/null) ||
    die "$INFO_PLIST has no CFBundleExecutable"
BUILT_ARCHS=$(lipo -archs "$APP/Contents/MacOS/$MAIN_EXECUTABLE") ||
    die "could not read the architectures of $APP/Contents/MacOS/$MAIN_EXECUTABLE"
case " $BUILT_ARCHS " in
    *" $ARCH "*) ;;
    *) die "$APP was built for '$BUILT_ARCHS', not $ARCH" ;;
esac
note "sterkblijven $VERSION for $ARCH"

# --- Signing ------------------------------------------------------------------------------------
IDENTITY=${MACOS_SIGN_IDENTITY:-}
if [ -n "$IDENTITY" ]; then
    # The hardened runtime and a secure timestamp are what notarisation asks for.
    SIGN=(codesign --force --sign "$IDENTITY" --options runtime --timestamp)
    EXECUTABLE_OPTIONS=(--entitlements "$ENTITLEMENTS")
    note "signing with '$IDENTITY' (hardened runtime, secure timestamp)"
else
    # No hardened runtime here: its library validation refuses libraries without a Team ID,
    # which ad-hoc signatures never have (PyInstaller's notes on macOS code signing), and it is
    # only needed for notarisation, which an ad-hoc build cannot get anyway.
    SIGN=(codesign --force --sign -)
    EXECUTABLE_OPTIONS=()
    skip "Developer ID signing: MACOS_SIGN_IDENTITY is not set, so the app is ad-hoc signed (it runs, but macOS asks the person to confirm the first start)"
fi

is_macho() {
    case "$(file -b "$1")" in
        Mach-O*) return 0 ;;
        *) return 1 ;;
    esac
}

# Paths under $1 (one per line), deepest first, so that nested code is signed before what
# contains it. PyInstaller bundles have no newlines in file names.
deepest_first() {
    awk -F/ '{ print NF "\t" $0 }' | sort -t "$(printf '\t')" -k1,1nr | cut -f2-
}

# Extended attributes (Finder info, quarantine) make codesign refuse with "resource fork, Finder
# information, or similar detritus not allowed".
xattr -cr "$APP"

# 1. Every library and extension module (.dylib, .so, framework binaries), wherever it lies.
#    Symbolic links (PyInstaller links Contents/Resources and Contents/Frameworks to each other)
#    are not files of their own and are skipped by -type f.
SIGNED=0
while IFS= read -r file; do
    if is_macho "$file"; then
        "${SIGN[@]}" "$file"
        SIGNED=$((SIGNED + 1))
    fi
done < <(find "$APP/Contents" -type f ! -path "$APP/Contents/MacOS/*" | deepest_first)
note "signed $SIGNED libraries"

# 2. Framework bundles (Qt's, Python's), deepest first: this seals each one's resources.
while IFS= read -r framework; do
    "${SIGN[@]}" "$framework" ||
        die "could not sign $framework; a framework needs its Versions/Current and Resources/Info.plist"
done < <(find "$APP/Contents" -type d -name '*.framework' | deepest_first)

# 3. The executables (sterkblijven, and sterkblijven-cli when the spec puts it in the bundle):
#    each starts its own process, so each carries the entitlements.
while IFS= read -r executable; do
    if is_macho "$executable"; then
        "${SIGN[@]}" ${EXECUTABLE_OPTIONS[@]+"${EXECUTABLE_OPTIONS[@]}"} "$executable"
    fi
done < <(find "$APP/Contents/MacOS" -type f)

# 4. The app itself, last: its signature covers everything inside.
"${SIGN[@]}" ${EXECUTABLE_OPTIONS[@]+"${EXECUTABLE_OPTIONS[@]}"} "$APP"

# --deep is right for checking (only signing with it is deprecated): every nested signature.
codesign --verify --deep --strict --verbose=2 "$APP"
codesign --display --verbose=2 "$APP" 2>&1 | grep -E '^(Identifier|Format|Authority|Signature|Runtime|TeamIdentifier)' || true

# --- The disk image -----------------------------------------------------------------------------
mkdir -p "$OUT_DIR"
DMG=$OUT_DIR/sterkblijven-$VERSION-macos-$ARCH.dmg
STAGING=$(mktemp -d "${TMPDIR:-/tmp}/sterkblijven-dmg.XXXXXX")
trap 'rm -rf "$STAGING"' EXIT

# The window that opens shows the app beside a link to Applications: drag one onto the other.
# ditto keeps the bundle's symbolic links and signatures exactly as they are.
ditto "$APP" "$STAGING/sterkblijven.app"
ln -s /Applications "$STAGING/Applications"

# hdiutil now and then fails with "Resource busy" on build machines (a scan of the new image
# still running); a second try a little later works.
attempt=1
until hdiutil create -volname sterkblijven -srcfolder "$STAGING" -ov -format UDZO "$DMG"; do
    [ "$attempt" -lt 3 ] || die "hdiutil create failed $attempt times"
    note "hdiutil create failed (try $attempt of 3); trying again in 15 seconds"
    attempt=$((attempt + 1))
    sleep 15
done

if [ -n "$IDENTITY" ]; then
    codesign --force --sign "$IDENTITY" --timestamp "$DMG"
    codesign --verify --strict --verbose=2 "$DMG"
else
    skip "signing the disk image: no MACOS_SIGN_IDENTITY"
fi

# --- Notarisation ---------------------------------------------------------------------------------
notary_field() {
    "$PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], ""))' "$1" "$2"
}

if [ -z "$IDENTITY" ]; then
    skip "notarisation: Apple notarises only Developer ID-signed apps (MACOS_SIGN_IDENTITY is not set)"
elif [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
    skip "notarisation: APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD are not all set"
else
    note "submitting $DMG for notarisation; this usually takes a few minutes"
    RESULT=$STAGING/notary-result.json
    xcrun notarytool submit "$DMG" \
        --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" \
        --wait --output-format json >"$RESULT" || {
        cat "$RESULT" >&2
        # Some versions exit non-zero for a rejected submission: show Apple's reasons too.
        FAILED_ID=$(notary_field "$RESULT" id 2>/dev/null || true)
        if [ -n "$FAILED_ID" ]; then
            xcrun notarytool log "$FAILED_ID" \
                --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" >&2 || true
        fi
        die "notarytool could not submit $DMG"
    }
    # notarytool exits 0 once Apple has answered, also when the answer is "Invalid".
    STATUS=$(notary_field "$RESULT" status)
    SUBMISSION=$(notary_field "$RESULT" id)
    if [ "$STATUS" != Accepted ]; then
        note "Apple's log for submission $SUBMISSION:"
        xcrun notarytool log "$SUBMISSION" \
            --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" >&2 || true
        die "notarisation ended with status '$STATUS'"
    fi
    # Stapling puts the ticket in the disk image, so Gatekeeper needs no connection to check it.
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
    note "notarised and stapled (submission $SUBMISSION)"
fi

# --- Summary ------------------------------------------------------------------------------------
note "disk image: $DMG ($(du -h "$DMG" | cut -f1))"
if [ "$SKIPPED_COUNT" -gt 0 ]; then
    note "what was skipped, and why:"
    for reason in "${SKIPPED[@]}"; do
        note "  - $reason"
    done
fi
