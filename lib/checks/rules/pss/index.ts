// Pod Security Standards controls (kubernetes/pod-security-admission v1.37) and the pod-level
// extras of QW3 and QW9. The upstream logic lives in ./controls, shared with lib/checks/pss.ts.
import type { TCheck } from "../../types";
import { addedCapabilities } from "./added-capabilities";
import { allowPrivilegeEscalation } from "./allow-privilege-escalation";
import { apparmorProfile } from "./apparmor-profile";
import { capabilitiesDropAll } from "./capabilities-drop-all";
import { containerRuntimeSocketMount } from "./container-runtime-socket-mount";
import { dangerousCapabilities } from "./dangerous-capabilities";
import { hostIpc } from "./host-ipc";
import { hostNetwork } from "./host-network";
import { hostPathVolume } from "./host-path-volume";
import { hostPid } from "./host-pid";
import { hostPorts } from "./host-ports";
import { hostProbesLifecycle } from "./host-probes-lifecycle";
import { netRawNotDropped } from "./net-raw-not-dropped";
import { privilegedContainer } from "./privileged-container";
import { procMount } from "./proc-mount";
import { procMountRestricted } from "./proc-mount-restricted";
import { readOnlyRootFilesystem } from "./read-only-root-filesystem";
import { restrictedVolumeTypes } from "./restricted-volume-types";
import { runAsNonRoot } from "./run-as-non-root";
import { runAsUserRoot } from "./run-as-user-root";
import { seccompProfile } from "./seccomp-profile";
import { seccompUnconfined } from "./seccomp-unconfined";
import { selinuxOptions } from "./selinux-options";
import { unsafeSysctls } from "./unsafe-sysctls";
import { windowsHostProcess } from "./windows-host-process";

export const pssChecks: readonly TCheck[] = [
  // QW3 — privileged mode and host access (baseline, then restricted, then extras)
  privilegedContainer,
  hostPid,
  hostIpc,
  hostNetwork,
  hostPathVolume,
  hostPorts,
  addedCapabilities,
  windowsHostProcess,
  hostProbesLifecycle,
  restrictedVolumeTypes,
  allowPrivilegeEscalation,
  containerRuntimeSocketMount,
  dangerousCapabilities,
  // QW9 — security context
  apparmorProfile,
  selinuxOptions,
  procMount,
  seccompUnconfined,
  unsafeSysctls,
  runAsNonRoot,
  runAsUserRoot,
  seccompProfile,
  capabilitiesDropAll,
  procMountRestricted,
  netRawNotDropped,
  readOnlyRootFilesystem,
];
