// Swapping a volume's source for an emptyDir keeps the pod valid: the volumeMounts that name
// the volume still resolve, where deleting the volume would leave them dangling.
import { asString, type TRecord } from "../../access";
import { volumesOf } from "./controls/volumes";
import type { TPod } from "./pod";
import type { TPodFix } from "./remediate";
import { text, type TText } from "../../text";

export function emptyDirFix(pod: TPod, names: Iterable<string>, note: TText): TPodFix {
  const wanted = new Set(names);
  const volumes = volumesOf(pod)
    .filter((volume) => wanted.has(asString(volume.name) ?? ""))
    .map((volume) => {
      const patch: TRecord = { name: volume.name };
      for (const key of Object.keys(volume)) if (key !== "name") patch[key] = null;
      patch.emptyDir = {};
      return patch;
    });
  return { spec: { volumes: volumes }, note };
}

export const EMPTY_DIR_NOTE =
  text("volumeEmptyDir");
