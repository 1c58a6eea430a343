# Sourced by the install scripts: `apt_install PACKAGES...` installs Debian packages as root or with
# sudo, non-interactively. Returns 2 (installing nothing) when this user can do neither, so the caller
# decides whether that is an error or a warning.
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || return 2
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
