import { banksEn, banksVi } from './areas/banks'
import { certificatesEn, certificatesVi } from './areas/certificates'
import { contestsEn, contestsVi } from './areas/contests'
import { liveEn, liveVi } from './areas/live'
import { en } from './en'
import { vi } from './vi'

/** All UI text: the shell's plus each feature area's under its own key (t('banks.title'), ...). */
export const resources = {
  vi: { ...vi, banks: banksVi, contests: contestsVi, live: liveVi, certificates: certificatesVi },
  en: { ...en, banks: banksEn, contests: contestsEn, live: liveEn, certificates: certificatesEn },
}
