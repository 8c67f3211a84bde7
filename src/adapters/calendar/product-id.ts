import { VERSION } from '../../version.js';

/** PRODID of the person's and household's files. */
export const TOOL_PRODUCT_ID = `-//iop-plan//iop-plan ${VERSION}//EN`;

/** PRODID of the employer file: it must not name the tool. */
export const NEUTRAL_PRODUCT_ID = '-//Calendar//Calendar export//EN';
