// The systems the bench compares, by id. Each module exports name, what and create().
export const peerIds = ['newslens', 'compromise', 'wink'];
export const loadPeer = (id) => import(`./${id}.mjs`);
