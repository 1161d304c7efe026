// Every upstream Pod Security Standards control of policy v1.37, baseline first.
import { appArmorControl } from "./apparmor";
import { capabilitiesBaselineControl, capabilitiesRestrictedControl } from "./capabilities";
import type { TPssControl } from "./control";
import { hostNamespacesControl } from "./host-namespaces";
import { hostPortsControl } from "./host-ports";
import { hostProbesControl } from "./host-probes";
import { allowPrivilegeEscalationControl } from "./privilege-escalation";
import { privilegedControl } from "./privileged";
import { procMountControl, procMountRestrictedControl } from "./proc-mount";
import { runAsNonRootControl, runAsUserControl } from "./run-as";
import { seccompBaselineControl, seccompRestrictedControl } from "./seccomp";
import { seLinuxOptionsControl } from "./selinux";
import { sysctlsControl } from "./sysctls";
import { hostPathVolumesControl, restrictedVolumesControl } from "./volumes";
import { windowsHostProcessControl } from "./windows-host-process";

export type { TPssControl, TPssFinding } from "./control";

export const PSS_CONTROLS: readonly TPssControl[] = [
  appArmorControl,
  capabilitiesBaselineControl,
  hostNamespacesControl,
  hostPathVolumesControl,
  hostPortsControl,
  hostProbesControl,
  privilegedControl,
  procMountControl,
  seLinuxOptionsControl,
  seccompBaselineControl,
  sysctlsControl,
  windowsHostProcessControl,
  allowPrivilegeEscalationControl,
  capabilitiesRestrictedControl,
  procMountRestrictedControl,
  restrictedVolumesControl,
  runAsNonRootControl,
  runAsUserControl,
  seccompRestrictedControl,
];
